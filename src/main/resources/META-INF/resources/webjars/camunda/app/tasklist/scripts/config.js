// PlanCycle's settings, the same for Cockpit, Tasklist, Admin and Welcome.
export { default } from '../../plancycle/config.js';
