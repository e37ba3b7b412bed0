package io.plancycle.plan;

import jakarta.servlet.http.HttpSession;

import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;

/**
 * The spreadsheet an agency uploaded to import, kept in its session between the preview and the confirmation (the
 * page sends the file once): one upload per session, a new one replacing it. Each preview shown gives it a new random
 * token and the version of the plan it was made against, so that a confirmation imports exactly what its page showed,
 * and one from an older page (another tab, the back button) is told to look again.
 */
final class ImportUploads {

    private static final String ATTRIBUTE = ImportUploads.class.getName();

    /** An upload: for which agency's plan in which cycle, the file's name and bytes, and its latest preview (or none). */
    record Upload(int year, String code, String name, byte[] bytes, String token, Long version) implements Serializable {

        boolean isFor(int year, String code) {
            return this.year == year && this.code.equals(code);
        }
    }

    private ImportUploads() {
    }

    static void keep(HttpSession session, int year, String code, String name, byte[] bytes) {
        session.setAttribute(ATTRIBUTE, new Upload(year, code, name, bytes, null, null));
    }

    /** The upload for the agency's plan in the cycle, if the session holds one. */
    static Optional<Upload> of(HttpSession session, int year, String code) {
        return session.getAttribute(ATTRIBUTE) instanceof Upload upload && upload.isFor(year, code)
                ? Optional.of(upload) : Optional.empty();
    }

    /** Notes a preview of the upload made against the plan at {@code version}; the token its confirmation carries. */
    static String previewed(HttpSession session, Upload upload, long version) {
        String token = UUID.randomUUID().toString();
        session.setAttribute(ATTRIBUTE, new Upload(upload.year(), upload.code(), upload.name(), upload.bytes(), token,
                version));
        return token;
    }

    /** The upload whose latest preview gave this token; empty for any other (an older page's, none at all). */
    static Optional<Upload> previewedAs(HttpSession session, int year, String code, String token) {
        return of(session, year, code).filter(upload -> upload.token() != null && upload.token().equals(token));
    }

    static void forget(HttpSession session) {
        session.removeAttribute(ATTRIBUTE);
    }
}
