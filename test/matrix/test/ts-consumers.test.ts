import { describeApp } from '../src/describe-app';

describeApp('ts-consumers');
