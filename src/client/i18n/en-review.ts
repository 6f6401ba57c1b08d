/** English strings of the review of visits (merged into the catalogue in en.ts). */
export const reviewEn = {
  title: 'Review of the visit',
  explained:
    'Accept the visit or return it to its author for correction. A remark on a single question is written at the question («+ Remark»).',
  note: 'Comment on the visit',
  remarksCount_one: '{{count}} remark on questions',
  remarksCount_other: '{{count}} remarks on questions',
  accept: 'Accept',
  return: 'Return for correction',
  returnNeedsRemark:
    'To return the visit, write a comment on the visit or a remark on at least one question.',
  notAllowed: 'The visit’s status has already changed — reload the page.',
  addRemark: 'Remark',
  remarkField: 'Remark on the question',
  remarkTitle: 'Coordinator’s remark:',
  returnedTitle: 'The visit was returned for correction',
  previousReturnTitle: 'The visit was returned for correction before',
  correctAndComplete: 'Correct the answers as remarked and complete the visit again.',
  queueTitle: 'Review of visits',
  waiting: 'Waiting for review',
  returned: 'Returned for correction',
  noneWaiting: 'No completed visits are waiting for review.',
  noneReturned: 'No visits are being corrected.',
  by: 'Author: {{name}}',
  remarksInHistory_one: '{{count}} remark on questions',
  remarksInHistory_other: '{{count}} remarks on questions',
};
