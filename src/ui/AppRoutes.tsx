import { lazy, Suspense, useEffect, useState } from 'react';
import { App } from './App.tsx';

// The reviewers' page is its own chunk: clerks never load it.
const ReviewPage = lazy(() => import('./review/ReviewPage.tsx').then((module) => ({ default: module.ReviewPage })));

const onReviewPage = () => window.location.hash === '#review';

/** The writing assistant, or the reviewers' page at #review (a link on the start screen and in 草稿与文件). */
export function AppRoutes() {
  const [review, setReview] = useState(onReviewPage);
  useEffect(() => {
    const changed = () => setReview(onReviewPage());
    window.addEventListener('hashchange', changed);
    return () => window.removeEventListener('hashchange', changed);
  }, []);
  if (!review) return <App />;
  return (
    <Suspense fallback={<p role="status" className="loading">正在打开审查页面……</p>}>
      <ReviewPage />
    </Suspense>
  );
}
