import { propertySuite } from '../src/property-suite';

propertySuite(0, 2);
