/** `globalSetup` for suites that also load their own package's dist/ (React's RSC test): fresh-dist, the package itself included. */
import { assertFreshDist } from './fresh-dist';

export default function setup(project: { config: { root: string } }): void {
  assertFreshDist(project.config.root, { own: true });
}
