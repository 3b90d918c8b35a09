import { Component, lazy, Suspense, type ReactNode } from 'react';
import type { DraftStore } from '../../storage/draftStore.ts';
import './drafts.css';

const DraftFailure = lazy(() => import('./DraftFailure.tsx').then((module) => ({ default: module.DraftFailure })));

type Props = {
  readonly draftId: string;
  readonly store: DraftStore;
  readonly onShowDrafts: () => void;
  readonly children: ReactNode;
};

/**
 * Around the wizard: if it fails while showing a draft, the page does not go blank. The clerk can save the
 * draft's stored data as a file and go to the drafts list; the other drafts stay reachable.
 */
export class DraftErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    const { draftId, store, onShowDrafts } = this.props;
    return (
      <Suspense fallback={<p role="alert" className="draft-failure">这份草稿无法显示，正在准备保存方式……</p>}>
        <DraftFailure draftId={draftId} store={store} onShowDrafts={onShowDrafts} />
      </Suspense>
    );
  }
}
