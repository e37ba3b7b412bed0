package io.plancycle.security;

/**
 * Someone's sign-in would now come out differently: a user, group or membership changed in the identity store, an
 * account disabled or enabled, a deputy named or taken back. Published in the transaction of the change; the API's
 * remembered sign-ins ({@link RememberedSignIns}) are forgotten once it commits.
 */
public record IdentityChanged(String userId) {
}
