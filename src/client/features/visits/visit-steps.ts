/**
 * The steps of a visit after the checklist's sections, as `?section=` names
 * them (not keys a checklist can use: item and section keys have no «-»).
 */
export const FINDINGS = 'findings-and-recommendations';
export const COMPLETION = 'visit-completion';
