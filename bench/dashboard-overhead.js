/**
 * 2. The CPU speed-up while the dashboard draws, and its overhead against the
 * same run headless. Needs the dashboard (not on main yet): a named stub until
 * then, so the table says so instead of showing a made-up figure.
 */
export async function dashboardOverhead() {
  return [
    {
      id: '2',
      figure: 'CPU speed-up with the dashboard drawing',
      value: null,
      display: 'n/a (needs the dashboard)',
      target: {op: '>=', value: 1.9, text: '≥ 1.90×'},
    },
    {
      id: '2',
      figure: 'dashboard overhead: live against headless (paired)',
      value: null,
      display: 'n/a (needs the dashboard)',
      target: {op: '<=', value: 3, text: '≤ 3 %'},
    },
  ];
}
