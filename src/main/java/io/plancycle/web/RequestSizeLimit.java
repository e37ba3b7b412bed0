package io.plancycle.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import io.plancycle.evidence.EvidenceProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * Refuses request bodies over 2 MiB (the whole plan of the largest agency is about 60 KiB, its workbook about 20 KiB): a
 * declared length is refused at once with 413 (a problem in the API, the error page on the pages), an undeclared one
 * as soon as the limit is passed. An evidence file sent for an actual may be larger: its body may hold the largest file
 * {@code plancycle.evidence.max-file-size} takes and 1 MiB for the rest of the form, and the service refuses a file
 * over its limit by name ({@code file}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

    static final long MAX_BYTES = 2 * 1024 * 1024;
    /** Where evidence is uploaded, through the API and the pages. */
    private static final Pattern EVIDENCE_UPLOAD = Pattern.compile("(/api)?/cycles/[^/]+/agencies/[^/]+/evidence");

    private final long maxEvidenceBytes;

    RequestSizeLimit(EvidenceProperties evidence) {
        this.maxEvidenceBytes = Math.max(MAX_BYTES, evidence.maxFileSize().toBytes() + 1024 * 1024);
    }

    /** Thrown while reading a body that grows past the limit. */
    static final class TooLarge extends IOException {
        TooLarge(long limit) {
            // Worded so that Spring's multipart parsing takes it for an upload too large (413), as its own limits are.
            super("request too large: body over " + limit + " bytes");
        }
    }

    static boolean isTooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TooLarge) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitOf(request);
        if (request.getContentLengthLong() > limit) {
            if (isPage(request)) {
                // A page's form (a spreadsheet too large for the plan import): the error page, with the navigation.
                response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
                return;
            }
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"Request too large\",\"status\":413,"
                    + "\"detail\":\"The request body is larger than " + limit / 1024 + " KiB.\"}")
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public ServletInputStream getInputStream() throws IOException {
                return new Limited(request.getInputStream(), limit);
            }

            /**
             * A form with files is read by the server itself, past {@link #getInputStream()}: one sent without its
             * length is measured once read, part by part.
             */
            @Override
            public Collection<Part> getParts() throws IOException, ServletException {
                Collection<Part> parts = super.getParts();
                if (parts.stream().mapToLong(Part::getSize).sum() > limit) {
                    throw new TooLarge(limit);
                }
                return parts;
            }
        }, response);
    }

    private long limitOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(request.getMethod()) && EVIDENCE_UPLOAD.matcher(path).matches() ? maxEvidenceBytes : MAX_BYTES;
    }

    /** Whether the request is a page's, not one of the APIs' (PlanCycle's, the engine's, the API description's). */
    private static boolean isPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.startsWith("/api/") || path.startsWith("/engine-rest/") || path.startsWith("/v3/api-docs"));
    }

    private static final class Limited extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private long read;

        Limited(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws TooLarge {
            read += n;
            if (read > limit) {
                throw new TooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
