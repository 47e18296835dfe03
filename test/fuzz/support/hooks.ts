// Root hooks shared by every fuzz spec (a module runs once, so they are registered once): the seed is
// printed before the first property and the cases run and slowest analysis after the last.
import { announce, report } from './profile.js';

before(announce);
after(() => console.log(`      ${report()}`));
