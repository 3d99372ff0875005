import { describeApp } from '../src/describe-app';

describeApp('nuxt-4.5');
