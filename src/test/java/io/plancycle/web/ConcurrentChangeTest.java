package io.plancycle.web;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.context.request.ServletWebRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A double-clicked submit can meet the plan changed by the first click inside an engine listener, which the engine
 * wraps: the API and the pages both answer it 409 ("changed by someone else, reload"), and only it.
 */
class ConcurrentChangeTest {

    /** What the engine throws when a listener's save of the plan met a newer version. */
    private static ProcessEngineException wrappedStalePlan() {
        return new ProcessEngineException("listener failed",
                new ObjectOptimisticLockingFailureException("io.plancycle.plan.Plan", 7L));
    }

    @Test
    void theApiAnswersAWrappedConcurrentChange409() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/problem");
        messages.setDefaultEncoding("UTF-8");
        ApiExceptionHandler api = new ApiExceptionHandler(messages);
        ServletWebRequest request = new ServletWebRequest(new MockHttpServletRequest());
        ProblemDetail problem = api.engine(wrappedStalePlan(), request);
        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getTitle()).isEqualTo("Changed by someone else");
        assertThat(problem.getDetail()).startsWith("Someone else saved this first");
        assertThat(api.engine(new ProcessEngineException("a broken model"), request).getStatus()).isEqualTo(500);
    }

    @Test
    void aPageAnswersTheSameChange409WithAWayToReload() {
        PageExceptionHandler pages = new PageExceptionHandler();
        for (RuntimeException change : new RuntimeException[]{wrappedStalePlan(),
                new OptimisticLockingException("the engine's own"),
                new ObjectOptimisticLockingFailureException("io.plancycle.plan.Plan", 7L)}) {
            MockHttpServletRequest request = new MockHttpServletRequest("POST", "/cycles/110/agencies/fire/plan/submit");
            MockHttpServletResponse response = new MockHttpServletResponse();
            ExtendedModelMap model = new ExtendedModelMap();

            assertThat(pages.concurrentChange(change, request, response, model)).isEqualTo("pages/error");
            assertThat(response.getStatus()).isEqualTo(409);
            assertThat(model).containsEntry("messageKey", "error.concurrent")
                    .containsEntry("reload", "/cycles/110/agencies/fire/plan/submit");
        }
    }

    @Test
    void aPageLeavesAnyOtherEngineFailureToTheGeneralErrorPage() {
        ProcessEngineException broken = new ProcessEngineException("a broken model");
        assertThatThrownBy(() -> new PageExceptionHandler().concurrentChange(broken, new MockHttpServletRequest(),
                new MockHttpServletResponse(), new ExtendedModelMap())).isSameAs(broken);
    }
}
