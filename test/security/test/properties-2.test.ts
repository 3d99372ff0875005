import { propertySuite } from '../src/property-suite';

propertySuite(1, 2);
