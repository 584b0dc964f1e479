import { withApp } from './harness.mjs';
const iso = (n) => {
  const d = new Date();
  d.setDate(d.getDate() - n);
  return d.toISOString().slice(0, 10);
};
await withApp({ demo: true }, async ({ page }) => {
  await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
  const ids = await page.evaluate(
    async ({ a, b, c }) => {
      const O = window.go.app.OneOnOnesAPI;
      await O.SetCadence(2, 'weekly');
      await O.SetCadence(3, 'monthly');
      const m = await O.Start(2, a);
      m.points = [
        { key: '', text: 'Helios budget for Q1', side: 'director', done: true, carriedFrom: '' },
        { key: '', text: 'Path to Account Director', side: 'report', done: false, carriedFrom: '' },
      ];
      m.actions = [
        { key: '', text: 'Book a presentation course for Priya', owner: 'director', due: b, done: false },
      ];
      m.sharedNotes = 'Agreed to look at the promotion criteria together next month.';
      m.privateNotes = 'Seemed tired; check workload.';
      await O.Save(m);
      const n = await O.Start(2, '');
      await O.SaveNote({
        id: 0,
        personId: 2,
        kind: 'praise',
        text: 'Won the Crestline renewal with a sharp, honest deck.',
        date: c,
        accountId: 1,
        accountName: '',
        competency: 'client',
        version: 0,
      });
      await O.SaveNote({
        id: 0,
        personId: 2,
        kind: 'coaching',
        text: 'Talked through delegating status reports to Aisha.',
        date: a,
        accountId: 0,
        accountName: '',
        competency: 'leadership',
        version: 0,
      });
      await O.SaveNote({
        id: 0,
        personId: 2,
        kind: 'client_feedback',
        text: 'Northwind CMO: “the most prepared team we work with”.',
        date: b,
        accountId: 2,
        accountName: '',
        competency: '',
        version: 0,
      });
      const cycles = await window.go.app.AppraisalsAPI.Cycles();
      const list = await window.go.app.AppraisalsAPI.CycleAppraisals(cycles[0].id);
      const mine = list.find((x) => x.personId === 2);
      return { next: n.id, appraisal: mine?.id };
    },
    { a: iso(7), b: iso(30), c: iso(3) },
  );
  const shots = [
    ['person', '/team/2'],
    ['oneonone', `/team/2/one-on-ones/${ids.next}`],
    ['dashboard', '/'],
    ['appraisal', `/appraisals/${ids.appraisal}`],
  ];
  for (const [w, h] of [
    [1366, 768],
    [1024, 640],
  ])
    for (const scheme of ['light', 'dark']) {
      await page.setViewportSize({ width: w, height: h });
      await page.emulateMedia({ colorScheme: scheme });
      for (const [name, route] of shots) {
        await page.goto(page.url().replace(/#.*$/, '') + '#' + route);
        await page.waitForTimeout(1200);
        if (name === 'person') await page.getByRole('region', { name: '1:1s' }).scrollIntoViewIfNeeded();
        if (name === 'dashboard')
          await page.getByRole('region', { name: '1:1s missed' }).scrollIntoViewIfNeeded();
        await page.screenshot({ path: `/tmp/shots-oo/${name}-${w}-${scheme}.png` });
        if (name === 'person' || name === 'appraisal')
          await page.screenshot({ path: `/tmp/shots-oo/${name}-${w}-${scheme}-full.png`, fullPage: true });
      }
    }
});
