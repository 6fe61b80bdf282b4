//OLDCDS   JOB (ACCT),'OLD ON THE CDS',CLASS=A,MSGCLASS=X
//* Exclusive use (DISP=OLD) of the active CDS is refused; the step
//* after it is not run either (a JCL error ends the job).
//S1       EXEC PGM=IEFBR14
//CDS      DD DSN=HLQ.DBASEPRM,DISP=OLD
//S2       EXEC PGM=IEFBR14
