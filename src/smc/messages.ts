/**
 * The SMC family: messages the Storage Management Component issues to a job or the console.
 * Only those the guide prints are here; elsim's own SMC messages are SIM125x-SIM129x.
 */
import { catalogue } from '../core/catalogue.js';

export const smcMessages = catalogue({
  SMC0247: {
    text: 'MOUNT FAILED FOR WRITE-PROTECTED VTV {0} ON DRIVE {1}',
    explain: 'The job asked to mount a VTV for update (DISP=OLD or MOD) and the VTV is read-only: it was received from another TapePlex by cross-TapePlex replication (or imported) and is owned by that TapePlex. The guide (chapter 4, "Disaster Recovery Testing Using Cross-Tapeplex Replication") names this message. The step is not run (elsim: a JCL error of the job). Read the data set with DISP=SHR, or have the application start a new data set on a new volume.',
  },
});
