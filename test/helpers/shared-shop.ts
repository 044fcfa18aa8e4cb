import {afterAll, beforeAll} from 'vitest';
import {ShopThread} from '../../source/engine/shop-thread.js';

/**
 * One shop thread (with `workers` barista threads) for every test of the file
 * that calls this, opened before them and closed after: the returned function
 * gives it.
 */
export function sharedShopThread(workers = 2): () => ShopThread {
  let shop: ShopThread | undefined;
  beforeAll(async () => {
    shop = await ShopThread.open(workers);
  });
  afterAll(async () => {
    await shop?.close();
  });
  return () => {
    if (!shop) throw new Error('the shared shop thread is not open yet');
    return shop;
  };
}
