import { describeApp } from '../src/describe-app';

describeApp('next-14-app');
