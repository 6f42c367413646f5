import { Navigate, Route, Routes } from 'react-router';
import { ActionRegister } from '../features/actions/ActionRegister';
import { CaseDetail } from '../features/cases/CaseDetail';
import { CasesScreen } from '../features/cases/CasesScreen';
import { OrganizationDetail } from '../features/directory/OrganizationDetail';
import { OrganizationList } from '../features/directory/OrganizationList';
import { PersonDetail } from '../features/directory/PersonDetail';
import { PersonList } from '../features/directory/PersonList';
import { DataSafetyScreen } from '../features/data-safety/DataSafetyScreen';
import { HealthGate } from '../features/data-safety/HealthGate';
import { GlossaryScreen } from '../features/glossary/GlossaryScreen';
import { HomeScreen } from '../features/home/HomeScreen';
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
import { CadenceScreen } from '../features/partners/CadenceScreen';
import { ChangesScreen } from '../features/partners/ChangesScreen';
import { NetworkScreen } from '../features/partners/NetworkScreen';
import { ParticipationScreen } from '../features/partners/ParticipationScreen';
import { PartnersLayout } from '../features/partners/PartnersLayout';
import { PrivacySettingsScreen } from '../features/privacy/PrivacySettingsScreen';
import { PresenterView } from '../features/run/PresenterView';
import { RunScreen } from '../features/run/RunScreen';
import { SecurityScreen } from '../features/security/SecurityScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { SystemIssuesScreen } from '../features/system-issues/SystemIssuesScreen';
import { NotFound } from './NotFound';
import { Shell } from './Shell';

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<HealthGate />}>
        {/* The room's second display: no navigation, nothing to press. */}
        <Route path="present/:id" element={<PresenterView />} />
        <Route element={<Shell />}>
          {/* What a chair opens the app for: what is coming and what is waiting on them. */}
          <Route index element={<HomeScreen />} />
          <Route path="meetings" element={<MeetingsScreen />} />
          <Route path="meetings/:id" element={<MeetingScreen />} />
          <Route path="meetings/series/:id" element={<SeriesScreen />} />
          <Route path="meetings/:id/run" element={<RunScreen />} />
          <Route path="meetings/:id/notes" element={<NotesScreen />} />
          <Route path="meetings/:id/minutes" element={<MinutesScreen />} />
          <Route path="actions" element={<ActionRegister />} />
          <Route path="cases" element={<CasesScreen />} />
          <Route path="cases/:id" element={<CaseDetail />} />
          <Route path="system-issues" element={<SystemIssuesScreen />} />
          <Route path="networking" element={<NetworkingScreen />} />
          <Route path="networking/:meetingId" element={<SessionScreen />} />
          <Route path="networking/:meetingId/run" element={<NetworkingRun />} />
          <Route path="networking/:meetingId/cards" element={<CardsScreen />} />
          <Route path="networking/:meetingId/summary" element={<SummaryScreen />} />
          <Route path="partners" element={<PartnersLayout />}>
            <Route index element={<CadenceScreen />} />
            <Route path="changes" element={<ChangesScreen />} />
            <Route path="network" element={<NetworkScreen />} />
            <Route path="participation" element={<ParticipationScreen />} />
          </Route>
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
          <Route path="settings/privacy" element={<PrivacySettingsScreen />} />
          <Route path="settings/security" element={<SecurityScreen />} />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Route>
    </Routes>
  );
}
