import { Module } from '@nestjs/common';
import { DataCipher } from '../../common/crypto/data-cipher.js';
import { BookingsModule } from '../bookings/bookings.module.js';
import { PeopleModule } from '../people/people.module.js';
import { SpacesModule } from '../spaces/spaces.module.js';
import { ConfidentialDetailsRepository } from './confidential-details.repository.js';
import { ConfidentialDetailsService } from './confidential-details.service.js';
import { ConfidentialResolver } from './confidential.resolver.js';
import { ConsultationsRepository } from './consultations.repository.js';
import { ConsultationsResolver } from './consultations.resolver.js';
import { ConsultationsService } from './consultations.service.js';
import { ProposalsService } from './proposals.service.js';
import { ReceptionResolver } from './reception.resolver.js';
import { ConfidentialJobsService } from './retention.service.js';

/** Confidential consultations: sealed client details, proposals held for citizens, the reception view, retention. */
@Module({
  imports: [BookingsModule, SpacesModule, PeopleModule],
  providers: [
    DataCipher,
    ConfidentialDetailsRepository,
    ConfidentialDetailsService,
    ConsultationsRepository,
    ConsultationsService,
    ProposalsService,
    ConfidentialJobsService,
    ConfidentialResolver,
    ConsultationsResolver,
    ReceptionResolver,
  ],
  exports: [ConfidentialJobsService, ConsultationsService],
})
export class ConfidentialModule {}
