package io.plancycle.audit;

import org.hibernate.envers.RevisionListener;

/** Stamps each revision with who made the change and from which address ({@link RequestOrigin}). */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        AuditRevision revision = (AuditRevision) revisionEntity;
        revision.setUser(RequestOrigin.user());
        revision.setAddress(RequestOrigin.address());
        revision.setOnBehalfOf(RequestOrigin.onBehalfOf());
    }
}
