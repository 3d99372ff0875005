import { describeApp } from '../src/describe-app';

describeApp('vite-vue');
