import { describeApp } from '../src/describe-app';

describeApp('express-5');
