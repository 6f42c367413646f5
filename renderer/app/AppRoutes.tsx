import { Navigate, Route, Routes } from 'react-router';
import { ActionRegister } from '../features/actions/ActionRegister';
import { OrganizationDetail } from '../features/directory/OrganizationDetail';
import { OrganizationList } from '../features/directory/OrganizationList';
import { PersonDetail } from '../features/directory/PersonDetail';
import { PersonList } from '../features/directory/PersonList';
import { DataSafetyScreen } from '../features/data-safety/DataSafetyScreen';
import { HealthGate } from '../features/data-safety/HealthGate';
import { GlossaryScreen } from '../features/glossary/GlossaryScreen';
import { MeetingScreen } from '../features/meetings/MeetingScreen';
import { MeetingsScreen } from '../features/meetings/MeetingsScreen';
import { SeriesScreen } from '../features/meetings/SeriesScreen';
import { TemplateEditor } from '../features/meetings/TemplateEditor';
import { MinutesScreen } from '../features/minutes/MinutesScreen';
import { CardsScreen } from '../features/networking/CardsScreen';
import { NetworkingRun } from '../features/networking/NetworkingRun';
import { NetworkingScreen } from '../features/networking/NetworkingScreen';
import { SessionScreen } from '../features/networking/SessionScreen';
import { SummaryScreen } from '../features/networking/SummaryScreen';
import { NotesScreen } from '../features/notes/NotesScreen';
import { PresenterView } from '../features/run/PresenterView';
import { RunScreen } from '../features/run/RunScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { NotFound } from './NotFound';
import { Shell } from './Shell';

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<HealthGate />}>
        {/* The room's second display: no navigation, nothing to press. */}
        <Route path="present/:id" element={<PresenterView />} />
        <Route element={<Shell />}>
          {/* Meetings are home: what a chair opens the app for. */}
          <Route index element={<Navigate to="/meetings" replace />} />
          <Route path="meetings" element={<MeetingsScreen />} />
          <Route path="meetings/:id" element={<MeetingScreen />} />
          <Route path="meetings/series/:id" element={<SeriesScreen />} />
          <Route path="meetings/:id/run" element={<RunScreen />} />
          <Route path="meetings/:id/notes" element={<NotesScreen />} />
          <Route path="meetings/:id/minutes" element={<MinutesScreen />} />
          <Route path="actions" element={<ActionRegister />} />
          <Route path="networking" element={<NetworkingScreen />} />
          <Route path="networking/:meetingId" element={<SessionScreen />} />
          <Route path="networking/:meetingId/run" element={<NetworkingRun />} />
          <Route path="networking/:meetingId/cards" element={<CardsScreen />} />
          <Route path="networking/:meetingId/summary" element={<SummaryScreen />} />
          <Route path="glossary" element={<GlossaryScreen />} />
          <Route path="directory">
            <Route index element={<Navigate to="organizations" replace />} />
            <Route path="organizations" element={<OrganizationList />} />
            <Route path="organizations/:id" element={<OrganizationDetail />} />
            <Route path="people" element={<PersonList />} />
            <Route path="people/:id" element={<PersonDetail />} />
          </Route>
          <Route path="settings" element={<SettingsScreen />} />
          <Route path="settings/templates" element={<TemplateEditor />} />
          <Route path="settings/backups" element={<DataSafetyScreen />} />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Route>
    </Routes>
  );
}
