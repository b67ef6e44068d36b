/** `@sg/engine/seeds`: worlds a new or reset engine starts from (`createEngine({ world })`, `resetWorld(seed)`). */
export { emptyWorld } from './engine.ts';
export { demoWorld } from './seeds/demo-world.ts';
export { tencentDemoWorld } from './seeds/tencent-demo-world.ts';
export { jdcloudDemoWorld } from './seeds/jdcloud-demo-world.ts';
export { largeWorldAt } from './seeds/large-world.ts';
