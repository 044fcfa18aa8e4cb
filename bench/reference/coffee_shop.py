"""The docs' coffee shop: asyncio takes the orders, each coffee is prepared in a
process of its own. Five customers arrive 0.1 s apart; an order takes 0.1 s; the
preparation takes 2 s.

    python3 coffee_shop.py        the shop's lines, then {"elapsed_s": ...}
"""

import asyncio
import json
import multiprocessing
import time

CUSTOMERS = 5
ARRIVAL_SPACING_S = 0.1
ORDER_S = 0.1
PREPARATION_S = 2


def prepare_coffee():
    """The preparation, in a process of its own."""
    time.sleep(PREPARATION_S)


async def serve(customer):
    await asyncio.sleep((customer - 1) * ARRIVAL_SPACING_S)
    print(f"Hi {customer}, please place your order", flush=True)
    await asyncio.sleep(ORDER_S)
    process = multiprocessing.Process(target=prepare_coffee)
    process.start()
    await asyncio.get_running_loop().run_in_executor(None, process.join)
    print(f"Hi {customer}, your coffee is prepared and heading to the counter", flush=True)
    print(f"Hi {customer}, your coffee is placed at the counter, please collect", flush=True)


async def main():
    print("Welcome to the coffee shop", flush=True)
    start = time.perf_counter()
    await asyncio.gather(*(serve(customer) for customer in range(1, CUSTOMERS + 1)))
    elapsed = time.perf_counter() - start
    print(f"Processing time: {elapsed:.3f} seconds", flush=True)
    return elapsed


if __name__ == "__main__":
    print(json.dumps({"elapsed_s": asyncio.run(main())}))
