//DELCDS   JOB (ACCT),'DELETE THE CDS',CLASS=A,MSGCLASS=X
//* HSC has HLQ.DBASEPRM open: deleting it through its alias is refused.
//S1       EXEC PGM=IEFBR14
//CDS      DD DSN=HLQ.DBASESEC,DISP=(OLD,DELETE)
