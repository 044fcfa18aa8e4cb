/**
 * The makespan a scenario would have in hybrid mode on `threads` ideal cores: every
 * wait takes exactly its planned time and every brew exactly its planned
 * computation, brews starting first come, first served on the first free thread
 * (as the pool's queue hands them out). What is left between this and N× comes
 * from the scenario itself (the waits, drinks of unequal length), not the machine.
 */
export function idealMakespan(scenario, threads, speed = 1) {
  const free = Array.from({length: threads}, () => 0);
  const customers = scenario.customers.map((customer) => ({
    t: customer.arrivalMs / speed,
    steps: scenario.menu[customer.drink] ?? [],
    next: 0,
  }));
  // Waits run on their own: move a customer on to its next brew (or its end).
  const wait = (customer) => {
    while (customer.next < customer.steps.length && customer.steps[customer.next].kind !== 'brew')
      customer.t += customer.steps[customer.next++].ms / speed;
  };
  customers.forEach(wait);
  for (;;) {
    let first = null;
    for (const customer of customers)
      if (customer.next < customer.steps.length && (!first || customer.t < first.t))
        first = customer;
    if (!first) break;
    const thread = free.indexOf(Math.min(...free));
    const start = Math.max(first.t, free[thread]);
    free[thread] = start + first.steps[first.next++].ms / speed;
    first.t = free[thread];
    wait(first);
  }
  return customers.reduce((latest, customer) => Math.max(latest, customer.t), 0);
}

/** The speed-up of `threads` ideal cores over one, for this scenario. */
export const idealSpeedup = (scenario, threads) =>
  idealMakespan(scenario, 1) / idealMakespan(scenario, threads);
