//WRITABLE JOB (ACCT),'IMPORTED MVCS',CLASS=A,MSGCLASS=X
//* Site B: the MVCs imported from TAPEPLXA arrive read-only. Once the
//* import is checked, make them writable so that VTCS may reclaim them
//* and migrate to them like any MVC of pool AIMPORT.
//RDONLYOF EXEC PGM=SLUADMIN,PARM='MIXED'
//STEPLIB  DD DSN=HLQ.SEALINK,DISP=SHR
//SLSPRINT DD SYSOUT=*
//SLSIN    DD *
  MVCMAINT MVC(AO1000-AO1004) READONLY(OFF)
/*
