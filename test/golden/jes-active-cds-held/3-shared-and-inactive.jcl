//SHRCDS   JOB (ACCT),'SHARED AND INACTIVE',CLASS=A,MSGCLASS=X
//* Shared use of the active CDS is allowed, and so is exclusive use
//* of a CDS HSC does not have open.
//S1       EXEC PGM=IEFBR14
//CDS      DD DSN=HLQ.DBASEPRM,DISP=SHR
//OTHER    DD DSN=HLQ.TAPEPLXB.DBASEPRM,DISP=OLD
