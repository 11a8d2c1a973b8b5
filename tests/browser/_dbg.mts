import { launchScreen, SCREENS, serve, waitForMapIdle } from './harness.ts';
const server = await serve();
for (const screen of SCREENS) {
  const b = await launchScreen(screen);
  const page = await b.newPage();
  await page.goto(server.url);
  await waitForMapIdle(page);
  await page.screenshot({ path: `/tmp/dbg/${screen.name}.png` });
  const r = await page.locator('.map').boundingBox();
  console.log(
    screen.name,
    r,
    await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]),
  );
  await b.close();
}
await server.close();
