import { describeApp } from '../src/describe-app';

describeApp('vite-react-18');
