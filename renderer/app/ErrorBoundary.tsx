import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { Component, use, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { isAppError } from '../../shared/errors';
import { isNotConnected } from '../api/http-transport';
import { Button } from '../components/Button';
import { PageTitle } from '../components/PageTitle';
import { DataGenerationContext } from './data-generation';

interface BoundaryProps {
  children: ReactNode;
  onReset: () => void;
}

class Boundary extends Component<BoundaryProps, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('A screen failed to render', error, info.componentStack);
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return (
      <ErrorScreen
        error={this.state.error}
        onRetry={() => {
          this.props.onReset();
          this.setState({ error: null });
        }}
      />
    );
  }
}

const EXPLAINED = new Set(['unavailable', 'not_found', 'internal']);

function ErrorScreen({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const reason = isNotConnected(error)
    ? 'errors.notConnected'
    : isAppError(error) && EXPLAINED.has(error.code)
      ? `errors.${error.code}`
      : 'errors.generic';
  return (
    <div role="alert" className="error-screen">
      <PageTitle>
        <span aria-hidden="true">⚠ </span>
        {t('errors.title')}
      </PageTitle>
      <p>{t(reason)}</p>
      <Button variant="primary" onPress={onRetry}>
        {t('errors.tryAgain')}
      </Button>
    </div>
  );
}

/**
 * Wraps one screen: a failure replaces that screen only, never the navigation, and form drafts
 * (kept above this boundary) are still there after "Try again". Moving to another screen resets it,
 * and so does a restore: the screen starts afresh on the restored data.
 */
export function ScreenErrorBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  const generation = use(DataGenerationContext);
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <Boundary key={`${generation}:${pathname}`} onReset={reset}>
          {children}
        </Boundary>
      )}
    </QueryErrorResetBoundary>
  );
}
