package io.plancycle.revision;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface CommentReplyRepository extends JpaRepository<CommentReply, Long> {
    List<CommentReply> findByPlanIdOrderById(Long planId);
}
