import { Navigate, Route, Routes } from 'react-router';
import { OrganizationDetail } from '../features/directory/OrganizationDetail';
import { OrganizationList } from '../features/directory/OrganizationList';
import { PersonDetail } from '../features/directory/PersonDetail';
import { PersonList } from '../features/directory/PersonList';
import { DataSafetyScreen } from '../features/data-safety/DataSafetyScreen';
import { HealthGate } from '../features/data-safety/HealthGate';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { ComingSoon } from './ComingSoon';
import { NotFound } from './NotFound';
import { Shell } from './Shell';

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<HealthGate />}>
        <Route element={<Shell />}>
          {/* The directory is the first part built; the meetings list becomes home later. */}
          <Route index element={<Navigate to="/directory" replace />} />
          <Route path="meetings" element={<ComingSoon section="meetings" />} />
          <Route path="actions" element={<ComingSoon section="actions" />} />
          <Route path="networking" element={<ComingSoon section="networking" />} />
          <Route path="glossary" element={<ComingSoon section="glossary" />} />
          <Route path="directory">
            <Route index element={<Navigate to="organizations" replace />} />
            <Route path="organizations" element={<OrganizationList />} />
            <Route path="organizations/:id" element={<OrganizationDetail />} />
            <Route path="people" element={<PersonList />} />
            <Route path="people/:id" element={<PersonDetail />} />
          </Route>
          <Route path="settings" element={<SettingsScreen />} />
          <Route path="settings/backups" element={<DataSafetyScreen />} />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Route>
    </Routes>
  );
}
