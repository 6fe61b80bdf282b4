// The shared suite, run against the test-only utilities: proves the suite itself catches what
// it claims to (each utility's own test file calls it the same way).
import test from 'ava';
import { fakeRegistry } from '../unit/sluadmin/fakeUtilities.js';
import { behavesLikeUtility } from './behavesLikeUtility.js';

behavesLikeUtility(test, 'FAKEupd', { registry: fakeRegistry, valid: "FAKEUPD VOL(A00000-A00009) MGMT(PAY) DESC('DR Vault')" });
behavesLikeUtility(test, 'FAKERpt', { registry: fakeRegistry, valid: 'FAKERPT ALL' });
behavesLikeUtility(test, 'SET FAKEopt', { registry: fakeRegistry, valid: 'SET FAKEOPT LEVEL(3)' });
behavesLikeUtility(test, 'FAKECFG', { registry: fakeRegistry, valid: ['FAKECFG RESET', 'ALPHA NAME=V1 LOW=5', 'BETA DEVNO=1A00'] });
behavesLikeUtility(test, 'FAKENOCDS', { registry: fakeRegistry, valid: "FAKENOCDS ECHO('hi')" });
