import { describeApp } from '../src/describe-app';

describeApp('nuxt-3');
