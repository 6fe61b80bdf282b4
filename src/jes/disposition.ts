/**
 * Which disposition a data set gets when its step ends (JCL reference, DISP defaults):
 * - normal (second DISP subparameter), default DELETE for a data set the step created and KEEP
 *   for one that existed;
 * - abnormal (third), applied only when the step abended; default: the normal disposition, with
 *   PASS becoming the normal default (DELETE for new, KEEP for existing);
 * - a temporary data set cannot be kept or cataloged: KEEP/CATLG/UNCATLG pass it on to the next
 *   step (delete it after an abend); the job deletes it at the end at the latest.
 */
import type { Disp, DispAction } from '../jcl/types.js';

export function effectiveDisposition(disp: Disp, isNew: boolean, temporary: boolean, abended: boolean): DispAction {
  const byDefault: DispAction = isNew ? 'DELETE' : 'KEEP';
  const normal = disp.normal ?? byDefault;
  const abnormal = disp.abnormal ?? (normal === 'PASS' ? byDefault : normal);
  const eff = abended ? abnormal : normal;
  if (temporary && (eff === 'KEEP' || eff === 'CATLG' || eff === 'UNCATLG')) return abended ? 'DELETE' : 'PASS';
  return eff;
}
