/**
 * Child process for the job-numbering test: opens the system named by argv[2] and allocates
 * argv[3] job numbers, printing them as JSON. Two of these run at once against one system.
 */
import { System } from '../../src/jes/System.js';

const [dir, count] = process.argv.slice(2);
const sys = System.open(dir!);
const ids: string[] = [];
for (let i = 0; i < Number(count); i++) ids.push(sys.nextJobId());
sys.close();
process.stdout.write(JSON.stringify(ids));
