import { describeApp } from '../src/describe-app';

describeApp('next-15-pages');
