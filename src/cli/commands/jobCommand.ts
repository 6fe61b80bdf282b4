import type { CommandModule } from 'yargs';
import type { Io } from '../../core/Io.js';
import { messageJson, printJson } from '../../core/jsonOutput.js';
import { sim } from '../../core/simMessages.js';
import type { JobDetail } from '../../app/jobDetail.js';
import { loadPaint, paintCompletion, reasonLines, shortTime, whereIs, type Paint } from '../jobSummary.js';
import { systemOption } from './options.js';
import type { SetExit } from './SetExit.js';

interface ShowArgs { system: string; job: string; list?: boolean; dd?: string[]; pager: boolean; json?: boolean }
interface PurgeArgs { system: string; jobs: string[]; json?: boolean }

/** The head of `job show`: the job, its steps with their codes and reasons, its data sets. */
export function detailLines(d: JobDetail, systemDir: string, paint: Paint): string[] {
  const j = d.job;
  const lines = [
    `${j.jobid} ${j.jobname.padEnd(8)} ${paintCompletion(j, j.completion, paint)}`,
    `  OWNER ${j.owner ?? '-'}  SUBMITTED ${shortTime(j.submitted)}  ENDED ${shortTime(j.ended)}`,
  ];
  if (j.file !== null) lines.push(`  FILE  ${whereIs('.', j.file)}`);
  if (j.spool !== null) lines.push(`  SPOOL ${whereIs(systemDir, j.spool)}`);
  if (d.sameName.length > 0) lines.push(`  (the latest of ${d.sameName.length + 1} jobs named ${j.jobname}; also ${d.sameName.join(', ')})`);
  if (d.reason !== null) lines.push(...reasonLines(d.reason, '  '));
  if (d.steps.length > 0) {
    lines.push('', `${'STEPNAME'.padEnd(8)} ${'PROCSTEP'.padEnd(8)} ${'PGMNAME'.padEnd(8)} RC`);
    for (const s of d.steps) {
      lines.push(`${s.name.padEnd(8)} ${(s.procStep ?? '').padEnd(8)} ${s.program.padEnd(8)} ${s.completion}`.trimEnd());
      if (s.reason !== undefined) lines.push(...reasonLines(s.reason));
    }
  }
  if (d.datasets.length > 0) {
    lines.push('', `${'DDNAME'.padEnd(8)} ${'STEPNAME'.padEnd(8)} ${'PROCSTEP'.padEnd(8)} ${'DSID'.padStart(5)} ${'RECORDS'.padStart(8)}  FILE`);
    for (const ds of d.datasets) {
      lines.push(`${ds.ddname.padEnd(8)} ${ds.stepname.padEnd(8)} ${(ds.procstep ?? '').padEnd(8)} ${String(ds.dsid).padStart(5)} ${String(ds.records).padStart(8)}  ${whereIs(systemDir, ds.path)}`);
    }
  }
  return lines;
}

/** Data sets chosen by `--dd`: a DD name (SLSPRINT), or STEP.DD / STEP.PROCSTEP.DD. */
function chosen(d: JobDetail, dds: readonly string[] | undefined): JobDetail['datasets'] {
  if (dds === undefined || dds.length === 0) return d.datasets;
  const want = dds.map((x) => x.toUpperCase());
  return d.datasets.filter((ds) => want.some((w) => w === ds.ddname || w === `${ds.stepname}.${ds.ddname}` || w === `${ds.stepname}.${ds.procstep ?? ''}.${ds.ddname}` || w === ds.file.replace(/\.txt$/, '')));
}

export function jobCommand(io: Io, setExit: SetExit): CommandModule<object, object> {
  const show: CommandModule<object, ShowArgs> = {
    command: 'show <job>',
    describe: "A job's steps with their codes and its spool data sets in JES2 order, then their records (through a pager on a terminal)",
    builder: (y) =>
      y
        .positional('job', { type: 'string', demandOption: true, describe: 'Job id (JOB00042, J42, 42) or job name (its latest job)' })
        .option('system', systemOption)
        .option('list', { type: 'boolean', describe: 'The steps and the list of data sets only, not their records' })
        .option('dd', { type: 'string', array: true, requiresArg: true, describe: 'Only these data sets: DD name (SLSPRINT, JESYSMSG) or STEP.DD' })
        .option('pager', { type: 'boolean', default: true, describe: 'On a terminal, page the output ($PAGER, else less); --no-pager writes it straight out' })
        .option('json', { type: 'boolean', describe: 'One JSON document (schema/elsim.schema.json); with --dd, the records as text' })
        .example('$0 job show JOB00002', 'everything the job left on the spool')
        .example('$0 job show EXPORT --dd SLSPRINT', 'the SLSPRINT of the latest job named EXPORT') as never,
    handler: async (a) => {
      const { jobDetail, spoolText } = await import('../../app/jobDetail.js');
      const d = jobDetail(a.system, a.job);
      const datasets = chosen(d, a.dd);
      if (a.json) {
        const withText = a.dd !== undefined && a.dd.length > 0;
        printJson(io, 'job show', {
          job: d.job,
          reason: d.reason === null ? null : messageJson(d.reason),
          steps: d.steps.map((s) => ({ ...s, reason: s.reason === undefined ? null : messageJson(s.reason) })),
          datasets: datasets.map((ds) => (withText ? { ...ds, text: spoolText(a.system, ds) } : ds)),
          sameName: d.sameName,
        });
        setExit(0);
        return;
      }
      const paint = await loadPaint(io);
      const parts: string[] = [];
      const onlyRecords = a.dd !== undefined && a.dd.length > 0;
      if (!onlyRecords) parts.push(detailLines(d, a.system, paint).join('\n'));
      if (!a.list) {
        for (const ds of datasets) {
          const text = spoolText(a.system, ds).replace(/\n$/, '');
          const head = `---- ${ds.ddname} ${ds.stepname}${ds.procstep ? `.${ds.procstep}` : ''} DSID ${ds.dsid} ${ds.records} RECORDS ----`;
          parts.push(onlyRecords && datasets.length === 1 ? text : `${head}\n${text}`);
        }
      }
      const text = parts.join('\n\n');
      if (a.pager && io.pager) await io.pager(text);
      else io.out(text);
      setExit(0);
    },
  };
  const purge: CommandModule<object, PurgeArgs> = {
    command: 'purge <jobs..>',
    describe: "Remove jobs' output from the spool and free their job numbers (a job name purges every job of that name)",
    builder: (y) =>
      y
        .positional('jobs', { type: 'string', array: true, demandOption: true, describe: 'Job ids or job names' })
        .option('system', systemOption)
        .option('json', { type: 'boolean', describe: 'One JSON document (schema/elsim.schema.json)' })
        .example('$0 job purge JOB00002 JOB00003', 'two jobs')
        .example('$0 job purge CH02EXPO', 'every job named CH02EXPO') as never,
    handler: async (a) => {
      const { purgeJobs } = await import('../../app/purgeJobs.js');
      const purged = purgeJobs(a.system, a.jobs);
      if (a.json) printJson(io, 'job purge', { purged });
      else for (const j of purged) io.out(sim.line('SIM1407I', j.jobid, j.jobname));
      setExit(0);
    },
  };
  return {
    command: 'job <command>',
    describe: 'One job: show its output, purge it',
    builder: (y) => y.command(show).command(purge).demandCommand(1, 'Name a job command (show, purge).') as never,
    handler: () => undefined,
  };
}
