package io.plancycle.revision;

import io.plancycle.plan.Plan;
import io.plancycle.problem.MessageCode;
import io.plancycle.problem.Problems;
import io.plancycle.security.CurrentUser;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.plancycle.revision.CommentsToAnswer.RoundComment;

/**
 * The agency's replies (回覆說明) to the comments its plan was returned with: written with the revision's drafts, and
 * one to every comment of the round before the revised plan goes back to the evaluation team.
 */
@Component
class CommentReplies {

    private final CommentReplyRepository replies;
    private final CommentsToAnswer comments;

    CommentReplies(CommentReplyRepository replies, CommentsToAnswer comments) {
        this.replies = replies;
        this.comments = comments;
    }

    /** Each reply must answer a comment of the round the plan was returned in. */
    void check(Plan plan, List<RevisionRequest.Reply> requested, Problems problems) {
        Set<Long> ids = comments.of(plan, plan.getReviewRound()).stream().map(RoundComment::id).collect(Collectors.toSet());
        for (int i = 0; i < requested.size(); i++) {
            Long commentId = requested.get(i).commentId();
            if (commentId != null && !ids.contains(commentId)) {
                problems.add("replies[" + i + "].commentId", MessageCode.REVISION_REPLY_COMMENT_UNKNOWN, commentId,
                        plan.getAgencyName());
            }
        }
    }

    /** Writes the replies as given, a blank one taking its reply back; a reply given unchanged is left as it was. */
    void write(Plan plan, List<RevisionRequest.Reply> requested) {
        Map<Long, CommentReply> byComment = byComment(plan);
        String author = CurrentUser.get().id();
        for (RevisionRequest.Reply reply : requested) {
            String text = reply.text() == null ? "" : reply.text().strip();
            CommentReply existing = byComment.get(reply.commentId());
            if (text.isEmpty()) {
                if (existing != null) {
                    replies.delete(existing);
                    byComment.remove(reply.commentId());
                }
            } else if (existing == null || !text.equals(existing.getText())) {
                CommentReply written = existing != null ? existing
                        : new CommentReply(reply.commentId(), plan.getId(), plan.getReviewRound());
                written.write(text, author);
                byComment.put(reply.commentId(), replies.save(written));
            }
        }
    }

    /** Every comment of the round the plan was returned in that has no reply yet, named by its number and its KPI. */
    Problems unanswered(Plan plan) {
        Map<Long, CommentReply> byComment = byComment(plan);
        Problems problems = new Problems();
        for (RoundComment comment : comments.of(plan, plan.getReviewRound())) {
            if (!byComment.containsKey(comment.id())) {
                if (comment.kpiId() == null) {
                    problems.add(field(comment.id()), MessageCode.REVISION_REPLY_MISSING_OVERALL, comment.no());
                } else {
                    problems.add(field(comment.id()), MessageCode.REVISION_REPLY_MISSING, comment.no(), comment.kpiName());
                }
            }
        }
        return problems;
    }

    /** The field an unanswered comment is named by: {@code replies[<comment id>]}. */
    static String field(Long commentId) {
        return "replies[" + commentId + "]";
    }

    /** Every reply the agency wrote in the cycle, every round. */
    List<ReplyView> of(Plan plan) {
        return replies.findByPlanIdOrderById(plan.getId()).stream().map(ReplyView::of).toList();
    }

    private Map<Long, CommentReply> byComment(Plan plan) {
        return replies.findByPlanIdOrderById(plan.getId()).stream()
                .collect(Collectors.toMap(CommentReply::getCommentId, Function.identity()));
    }
}
