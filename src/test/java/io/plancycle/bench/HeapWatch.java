package io.plancycle.bench;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The heap this JVM used since {@link #reset()}: the peak (the sum of each heap pool's peak, an upper bound: the pools
 * need not peak at once) and the live heap, the most left after a full collection: one the JVM needed (counted: with
 * enough heap there is none) or one a benchmark asks for between its steps ({@link #settle()}). A young collection
 * leaves whatever old objects have died since the last marking, so what it leaves is not what was alive.
 */
final class HeapWatch implements AutoCloseable {

    static final long MB = 1024 * 1024;

    private final AtomicLong maxAfterGc = new AtomicLong();
    private final AtomicLong neededFullGcs = new AtomicLong();
    private final NotificationListener listener = (notification, handback) -> {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        if (!info.getGcAction().contains("major")) {
            return;
        }
        if (!"System.gc()".equals(info.getGcCause())) {
            neededFullGcs.incrementAndGet();
        }
        long used = heapPools().stream().map(MemoryPoolMXBean::getName)
                .map(pool -> info.getGcInfo().getMemoryUsageAfterGc().get(pool))
                .filter(java.util.Objects::nonNull).mapToLong(MemoryUsage::getUsed).sum();
        maxAfterGc.accumulateAndGet(used, Math::max);
    };

    HeapWatch() {
        collectors().forEach(gc -> ((NotificationEmitter) gc).addNotificationListener(listener, null, null));
        reset();
    }

    void reset() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
        maxAfterGc.set(0);
        neededFullGcs.set(0);
    }

    /** A full collection now, between two steps: what it leaves counts as live. */
    void settle() {
        System.gc();
    }

    /** The full collections the JVM needed since {@link #reset()} (not those {@link #settle()} asked for). */
    long neededFullGcs() {
        return neededFullGcs.get();
    }

    /** The peak used heap since {@link #reset()}, in MB. */
    long peakUsedMb() {
        return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / MB;
    }

    /** The most heap left in use after a full collection since {@link #reset()}, in MB. */
    long maxAfterGcMb() {
        return maxAfterGc.get() / MB;
    }

    static long maxHeapMb() {
        return Runtime.getRuntime().maxMemory() / MB;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    }

    private static List<GarbageCollectorMXBean> collectors() {
        return ManagementFactory.getGarbageCollectorMXBeans();
    }

    @Override
    public void close() {
        collectors().forEach(gc -> {
            try {
                ((NotificationEmitter) gc).removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                // never added
            }
        });
    }
}
