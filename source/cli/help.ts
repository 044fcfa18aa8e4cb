export const helpText = `
  Usage
    $ brewlanes                     the live dashboard (a plain log when stdout is not a terminal)
                                    keys: 1-4 mode, +/- baristas, space pause, ? help, q quit
    $ brewlanes compare             every mode on the same customers: table and diagrams

  Options
    --mode sequential|concurrent|parallel|hybrid|blocking   (default hybrid)
    --workers N        barista threads, 1 to 256 (default: the number of cores)
    --customers N      1 to 10000 (default 5)
    --workload io|cpu|mixed                                  (default mixed)
    --seed N           same seed, same customers (default 7)
    --speed X          time scale: 2 runs twice as fast, 0.5 in slow motion (default 1)
    --scenario FILE    customers and menu from a JSON file (see examples/)
    --plain            line output even on a terminal
    --json             a machine-readable summary on stdout
    --theme dark|light the dashboard's colours for a dark or light background (default dark;
                       NO_COLOR turns colour off)
    --help, --version

  Exit codes: 0 done, 1 an order failed, 2 bad usage or bad input, 130 interrupted.

  Examples
    $ brewlanes --mode concurrent --workload io
    $ brewlanes --plain --scenario examples/seed-coffee-shop.json
    $ brewlanes --json --workload cpu --workers 2
`;
