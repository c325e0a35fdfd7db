package io.portex.core.format.evtx;

import io.portex.core.diag.DiagnosticSink;
import io.portex.core.format.EvidenceSink;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Decodes the chunk batches of one file on up to {@code threads} threads and hands their events and
 * diagnostics over in file order, on the reading thread. At most two batches per thread wait to be
 * handed over, so memory stays bounded however fast the file is read. A file of one batch is
 * decoded on the reading thread, and so is every batch when {@code threads} is 1; the threads are
 * made for this file and end with it.
 */
final class ChunkPipeline implements AutoCloseable {

  private final int threads;
  private final EvidenceSink sink;
  private final DiagnosticSink diagnostics;
  private final ArrayDeque<Future<ChunkBatch.Outcome>> pending = new ArrayDeque<>();
  private ExecutorService pool;
  private long events;

  ChunkPipeline(int threads, EvidenceSink sink, DiagnosticSink diagnostics) {
    this.threads = threads;
    this.sink = sink;
    this.diagnostics = diagnostics;
  }

  /** Decodes a batch, perhaps on another thread, while more are read. */
  void submit(ChunkBatch batch) throws InterruptedIOException {
    if (batch.isEmpty()) {
      return;
    }
    if (threads <= 1) {
      events += batch.call().replay(sink, diagnostics);
      return;
    }
    if (pool == null) {
      pool = Executors.newFixedThreadPool(threads, new Workers());
    }
    pending.add(pool.submit(batch));
    while (pending.size() > 2 * threads) {
      handOver(pending.poll());
    }
  }

  /**
   * Decodes the batch and hands over everything before it and it: call before the reading thread
   * reports something itself, and at the end.
   */
  void finish(ChunkBatch batch) throws InterruptedIOException {
    if (pool == null && !batch.isEmpty()) {
      events += batch.call().replay(sink, diagnostics);
      return;
    }
    submit(batch);
    while (!pending.isEmpty()) {
      handOver(pending.poll());
    }
  }

  /** The events handed over so far. */
  long events() {
    return events;
  }

  private void handOver(Future<ChunkBatch.Outcome> outcome) throws InterruptedIOException {
    try {
      events += outcome.get().replay(sink, diagnostics);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while decoding .evtx chunks");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      if (e.getCause() instanceof Error failure) {
        throw failure;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  /** Daemon threads named after what they do, so they never keep the JVM alive. */
  private static final class Workers implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "portex-evtx-chunks-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
