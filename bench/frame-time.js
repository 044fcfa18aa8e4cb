/**
 * 6. Frame time: drawing a timeline of 200 customers and 16 barista lanes.
 * Needs the dashboard's components (not on main yet): a named stub until then.
 */
export async function frameTime() {
  return [
    {
      id: '6',
      figure: 'frame time, 200 customers × 16 barista lanes',
      value: null,
      display: 'n/a (needs the dashboard)',
      target: {op: '<=', value: 16, text: '≤ 16 ms'},
    },
  ];
}
