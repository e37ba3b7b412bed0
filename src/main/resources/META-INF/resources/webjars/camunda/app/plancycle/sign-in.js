/*
 * PlanCycle signs people in to the Camunda webapps (security/EngineWebappSignIn): the webapps' own login form is
 * never used. When a webapp finds no one signed in (PlanCycle's session ended, or "Log out" in the webapp's menu,
 * which signs out of PlanCycle too) it turns to its #/login route; instead, the app's page is loaded again through
 * PlanCycle's door, which asks to sign in on PlanCycle's login page and comes back here.
 *
 * Should the app come back to #/login at once after that (signed in to PlanCycle, yet the webapp still finds no one),
 * PlanCycle's home page is opened rather than loading the app again and again.
 */
const LOGIN_ROUTE = '#/login';
const LOADED_AGAIN_AT = 'plancycle.webapps.loadedAgainAt';
const AGAIN_WITHIN_MS = 10000;

function signInThroughPlanCycle() {
  if (window.location.hash !== LOGIN_ROUTE) {
    return;
  }
  const last = Number(window.sessionStorage.getItem(LOADED_AGAIN_AT) || 0);
  const now = Date.now();
  window.sessionStorage.setItem(LOADED_AGAIN_AT, String(now));
  if (now - last < AGAIN_WITHIN_MS) {
    const appRoot = document.querySelector('base').getAttribute('app-root');
    window.location.replace(new URL(appRoot + '/../', window.location.href).href);
  } else {
    window.location.replace(window.location.pathname);
  }
}

window.addEventListener('hashchange', signInThroughPlanCycle);
signInThroughPlanCycle();
