import { use } from 'react';
import type { ApiClient } from '../api/client';
import { ApiContext } from './api-context';

export function useApi(): ApiClient {
  const api = use(ApiContext);
  if (!api) throw new Error('useApi needs <AppProviders> above it.');
  return api;
}
