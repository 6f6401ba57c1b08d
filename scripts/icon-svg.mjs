// The app's icon: a clipboard with a checklist on the district blue.
// `maskable` fills the whole square and keeps the drawing inside the safe circle.
export function iconSvg({ maskable }) {
  const scale = maskable ? 0.72 : 1;
  const offset = (512 - 512 * scale) / 2;
  const background = maskable
    ? '<rect width="512" height="512" fill="#1f4e8c"/>'
    : '<rect width="512" height="512" rx="104" fill="#1f4e8c"/>';
  const row = (y, done) =>
    `<rect x="176" y="${y}" width="40" height="40" rx="8" fill="${done ? '#2e9e5b' : '#dfe6f0'}"/>` +
    (done
      ? `<path d="M185 ${y + 21} l9 9 l15 -18" fill="none" stroke="#fff" stroke-width="7" stroke-linecap="round" stroke-linejoin="round"/>`
      : '') +
    `<rect x="232" y="${y + 12}" width="108" height="16" rx="8" fill="#9fb0c8"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
  ${background}
  <g transform="translate(${offset} ${offset}) scale(${scale})">
    <rect x="136" y="92" width="240" height="336" rx="28" fill="#ffffff"/>
    <rect x="196" y="64" width="120" height="60" rx="18" fill="#f2b632"/>
    <circle cx="256" cy="88" r="10" fill="#1f4e8c"/>
    ${row(156, true)}
    ${row(224, true)}
    ${row(292, false)}
    <circle cx="352" cy="372" r="62" fill="#2e9e5b" stroke="#ffffff" stroke-width="12"/>
    <path d="M322 372 l22 22 l40 -46" fill="none" stroke="#fff" stroke-width="16" stroke-linecap="round" stroke-linejoin="round"/>
  </g>
</svg>`;
}
