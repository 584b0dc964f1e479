import { useEffect, useRef } from 'react';

/**
 * Records how long a screen takes from its data arriving to being painted,
 * as a Performance API measure named `screen:<name>` (read by
 * e2e/perf/first-screen.mjs; never sent anywhere). `dataAt` is the query's
 * dataUpdatedAt (epoch ms) once the data is there, else 0.
 */
export function useScreenTiming(name: string, dataAt: number): void {
  const done = useRef(false);
  useEffect(() => {
    if (done.current || !dataAt || typeof performance === 'undefined') return;
    done.current = true;
    const start = Math.max(0, dataAt - performance.timeOrigin);
    // After the commit, the next frame is painted; measure when it has been.
    requestAnimationFrame(() =>
      setTimeout(() => {
        try {
          performance.measure(`screen:${name}`, { start, end: performance.now() });
        } catch {
          /* an old engine without measure options: nothing to record */
        }
      }, 0),
    );
  }, [name, dataAt]);
}
