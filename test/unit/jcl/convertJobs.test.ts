// The converter hands out a stream's jobs one at a time (submit runs each before the next is
// read): the same jobs as converting the whole stream, and a job is out before later cards are read.
import test from 'ava';
import { convertJcl, convertJobs } from '../../../src/jcl/convertJcl.js';
import { generateStream } from '../../../src/jcl/benchConvertJcl.js';

test('convertJobs gives the jobs convertJcl gives, in order', (t) => {
  const text = generateStream(2_000) + '//BAD JOB\n//S1 EXEC PGM=IEFBR14,PARM=(\n';
  const whole = convertJcl(text, { file: 'S.JCL' });
  t.true(whole.jobs.length > 10);
  t.deepEqual([...convertJobs(text, { file: 'S.JCL' })], whole.jobs);
});

test('the first job is converted before the rest of the stream is read', (t) => {
  const seen: string[] = [];
  const jobs = convertJobs('//ONE JOB\n//S1 EXEC PROC=P1\n//TWO JOB\n//S1 EXEC PROC=P2\n//THREE JOB\n//S1 EXEC PGM=IEFBR14\n', {
    file: 'S.JCL',
    procLibs: ['SYS1.PROCLIB'],
    readMember: (_library, member) => {
      seen.push(member);
      return undefined;
    },
  });
  const first = jobs.next();
  t.is(first.done, false);
  t.is(first.value?.name, 'ONE');
  t.deepEqual(seen, ['P1'], 'only the first job has been expanded');
  t.deepEqual([...jobs].map((j) => j.name), ['TWO', 'THREE']);
  t.deepEqual(seen, ['P1', 'P2']);
});
